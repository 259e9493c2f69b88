package vn.rollout.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring's scheduler, for the one job of the product that is no step of a process: the trend's weekly
 * point ({@link StatusWeeks}). Deadlines, reminders and escalations stay Camunda timers.
 */
@Configuration
@EnableScheduling
class DashboardScheduling {}
