package vn.rollout.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server in the test JVM (GreenMail, on a free port), started once and shared by the one
 * application context of the integration tests: {@code spring.mail.*} points at it on H2 and on
 * PostgreSQL alike. Tests read the mails sent to the addresses of their own users.
 */
public final class TestMail {

  private static GreenMail server;

  private TestMail() {}

  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      server.start();
    }
    return server;
  }

  public static void register(DynamicPropertyRegistry registry) {
    GreenMail mail = server();
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
  }

  /** The mails received so far with {@code address} among their recipients. */
  public static List<MimeMessage> to(String address) {
    return Arrays.stream(server().getReceivedMessages())
        .filter(message -> {
          try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(address));
          } catch (MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain text of a mail, with Unix line ends. */
  public static String text(MimeMessage mail) {
    try {
      return mail.getContent().toString().replace("\r\n", "\n");
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
