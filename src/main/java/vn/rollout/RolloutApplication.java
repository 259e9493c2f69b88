package vn.rollout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Triển khai Nghị quyết: a Party resolution's rollout to every committee below the one that adopts it. */
@SpringBootApplication
public class RolloutApplication {

  public static void main(String[] args) {
    SpringApplication.run(RolloutApplication.class, args);
  }
}
