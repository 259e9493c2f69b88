package vn.rollout.e2e.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}, package {@code chromium}), headless, driven by
 * Playwright. Playwright's own browser download is off: nothing is fetched at run time, the driver
 * comes from the Maven Central jars. One browser for the whole test run; each test gets a fresh
 * context (cookies, storage) of its own.
 */
public final class Chromium implements AutoCloseable {

  public static final Path EXECUTABLE = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));

  /**
   * No sandbox: CI runs as root, where Chromium's sandbox cannot start. No GPU on the build machines.
   * The rest keeps the browser from talking to anything but the application: no background requests,
   * component updates, sync or first-run set-up. Debian's Chromium still looked up Google's hosts
   * with all of these (content-autofill.googleapis.com for the login form, accounts.google.com,
   * update.googleapis.com, clients2.google.com, seen with strace), so every name but localhost
   * resolves to nothing.
   */
  static final List<String> ARGUMENTS = List.of(
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static Chromium launch() {
    Playwright playwright = Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(EXECUTABLE)
          .setHeadless(true)
          .setArgs(ARGUMENTS));
      return new Chromium(playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw new IllegalStateException("Chromium did not start from " + EXECUTABLE
          + " (apt-get install -y chromium)", e);
    }
  }

  public Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
