package vn.rollout.e2e.support;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Starts the application and Chromium once per run, gives each test its own browser, and fails a test on browser errors. */
final class EndToEndExtension implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EndToEndExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    return type == Webapps.class || type == EngineRest.class || type == PackagedApplication.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    Run run = run(extension);
    if (type == PackagedApplication.class) {
      return run.application;
    }
    if (type == EngineRest.class) {
      return new EngineRest(run.application.baseUri(), Credentials.ADMIN);
    }
    return extension.getStore(NAMESPACE).getOrComputeIfAbsent(Webapps.class,
        key -> new Webapps(run.application, run.chromium.browser(), screenshots(extension),
            extension.getRequiredTestMethod().isAnnotationPresent(OnPhone.class)), Webapps.class);
  }

  @Override
  public void afterEach(ExtensionContext extension) {
    Webapps webapps = extension.getStore(NAMESPACE).remove(Webapps.class, Webapps.class);
    if (webapps == null) {
      return;
    }
    List<String> problems = webapps.problems();
    try {
      if (extension.getExecutionException().isPresent()) {
        webapps.screenshotAsItIs("failure");
      }
    } finally {
      webapps.close();
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("the browser reported errors:\n  " + String.join("\n  ", problems));
    }
  }

  /** target/e2e-screenshots/&lt;test class&gt;/&lt;test method&gt;/ */
  private static Path screenshots(ExtensionContext extension) {
    return Path.of(System.getProperty("e2e.screenshots", "target/e2e-screenshots"))
        .resolve(extension.getRequiredTestClass().getSimpleName())
        .resolve(extension.getRequiredTestMethod().getName());
  }

  private static Run run(ExtensionContext extension) {
    return extension.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Run.class, key -> new Run(), Run.class);
  }

  /** The application and the browser of the whole run, closed when every test has run. */
  private static final class Run implements ExtensionContext.Store.CloseableResource {

    final PackagedApplication application = PackagedApplication.start();
    final Chromium chromium;

    Run() {
      try {
        chromium = Chromium.launch();
      } catch (RuntimeException e) {
        application.close();
        throw e;
      }
    }

    @Override
    public void close() {
      try {
        chromium.close();
      } finally {
        application.close();
      }
    }
  }
}
