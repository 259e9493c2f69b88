package vn.rollout.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No default credentials: the application refuses to start, before it touches the database, when
 * the configured administrator ({@code camunda.bpm.admin-user}) has no password, or the user name as
 * password (Camunda's starter would otherwise take the user name). The demo profile has its documented
 * demo password; the {@code postgres} profile reads it from {@code ROLLOUT_ADMIN_PASSWORD} and has no
 * default.
 */
@Component
class AdminPasswordGuard implements BeanFactoryPostProcessor, EnvironmentAware {

  static final String ID = "camunda.bpm.admin-user.id";
  static final String PASSWORD = "camunda.bpm.admin-user.password";

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    String id = environment.getProperty(ID);
    if (id == null || id.isBlank()) {
      return;
    }
    String password = environment.getProperty(PASSWORD);
    if (password == null || password.isBlank() || password.strip().equalsIgnoreCase(id.strip())) {
      throw new IllegalStateException("Refusing to start: the administrator '" + id + "' needs a password of its own. "
          + "Set the environment variable ROLLOUT_ADMIN_PASSWORD (" + PASSWORD + "): not empty, not the user name, "
          + "and as Camunda's password policy requires (10 characters or more, upper and lower case, a digit, a symbol).");
    }
  }
}
