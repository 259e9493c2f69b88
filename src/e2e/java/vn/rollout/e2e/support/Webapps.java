package vn.rollout.e2e.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One person's browser on Camunda's webapps: a fresh browser context (no cookies, no stored
 * language) with one page, helpers to log in through the Vietnamese login form and to open Tasklist,
 * Cockpit, Admin and Welcome, and a numbered screenshot of each step. Every console error and
 * uncaught page error is recorded; the test fails on any of them after it has run.
 */
public final class Webapps implements AutoCloseable {

  /** The one process engine of the product. */
  static final String ENGINE = "default";

  private final PackagedApplication application;
  private final BrowserContext context;
  private final Page page;
  private final Path screenshots;
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private final List<String> allowedRefusals = Collections.synchronizedList(new ArrayList<>());
  private final List<String> completedTasks = Collections.synchronizedList(new ArrayList<>());
  private final List<String[]> provoked = Collections.synchronizedList(new ArrayList<>());
  private final List<String> provokedSeen = Collections.synchronizedList(new ArrayList<>());
  private int step;

  /** A phone's screen in CSS pixels (a 6.1-inch phone held upright), for tests marked {@link OnPhone}. */
  public static final int PHONE_WIDTH = 390;
  public static final int PHONE_HEIGHT = 844;
  /** Chromium on an Android phone: the apps see a mobile browser (form-js's date picker then uses the phone's own). */
  static final String PHONE_USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
      + "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

  private final boolean phone;

  Webapps(PackagedApplication application, Browser browser, Path screenshots) {
    this(application, browser, screenshots, false);
  }

  Webapps(PackagedApplication application, Browser browser, Path screenshots, boolean phone) {
    this.application = application;
    this.screenshots = screenshots;
    this.phone = phone;
    deleteScreenshotsOfAnEarlierRun(screenshots);
    // An English-speaking browser outside Vietnam: the apps must speak Vietnamese in Vietnam's time anyway.
    Browser.NewContextOptions options = new Browser.NewContextOptions()
        .setLocale("en-US")
        .setTimezoneId("UTC")
        .setViewportSize(1280, 800);
    if (phone) {
      options.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
          .setUserAgent(PHONE_USER_AGENT)
          .setIsMobile(true)
          .setHasTouch(true)
          .setDeviceScaleFactor(2);
    }
    this.context = browser.newContext(options);
    this.page = context.newPage();
    page.onConsoleMessage(this::recordConsoleError);
    page.onPageError(error -> problems.add("uncaught error on " + page.url() + ": " + error));
  }

  public Page page() {
    return page;
  }

  /** Whether this browser is a phone ({@link OnPhone}). */
  public boolean isPhone() {
    return phone;
  }

  /** The login page of the Welcome app, where a user who opens the product lands. */
  public void openLogin() {
    page.navigate(application.url("/camunda/app/welcome/" + ENGINE + "/#!/login"));
    assertThat(page.getByPlaceholder("Tên đăng nhập")).isVisible();
  }

  /** Logs in through the login form, as a person types it, and waits until the Welcome page greets them. */
  public void logIn(Credentials user) {
    openLogin();
    page.getByPlaceholder("Tên đăng nhập").fill(user.id());
    page.getByPlaceholder("Mật khẩu").fill(user.password());
    screenshot("login-filled");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    assertThat(page.getByPlaceholder("Tên đăng nhập")).isHidden();
    awaitLanding();
  }

  /**
   * After login the Welcome app decides where the person goes (lib/rollout/landing.js): an office's
   * official on to the secretariat's dashboard in Cockpit, everyone else stays. Waits until it has
   * decided and, for the dashboard, until it is shown, so that the test's next step is not overtaken.
   */
  private void awaitLanding() {
    long until = System.currentTimeMillis() + 30_000;
    while (true) {
      try {
        if (page.url().contains("/app/cockpit/")) {
          assertThat(page.locator("#rollout-dashboard")).isVisible();
          page.waitForLoadState(LoadState.NETWORKIDLE);
          return;
        }
        Object decided = page.evaluate("() => document.documentElement.getAttribute('data-rollout-landing')");
        if ("stay".equals(decided)) {
          return;
        }
      } catch (com.microsoft.playwright.PlaywrightException navigating) {
        // the page is being replaced by Cockpit's: look again
      }
      if (System.currentTimeMillis() > until) {
        throw new AssertionError("after login, neither the Welcome page nor the dashboard: " + page.url());
      }
      page.waitForTimeout(100);
    }
  }

  /** "Đăng xuất" in the header's user menu: back to the login page, so that someone else can log in. */
  public void logOut() {
    page.locator("[cam-widget-header] li.account > a.dropdown-toggle").click();
    page.locator("[cam-widget-header] li.logout a").click();
    assertThat(page.getByPlaceholder("Tên đăng nhập")).isVisible();
  }

  /** The messages the app shows at the bottom of the page (errors, confirmations). */
  public Locator notifications() {
    return page.locator(".notifications .alert");
  }

  /** Closes every message with its ×, as a person does before going on: they cover the form's buttons. */
  public void closeNotifications() {
    Locator close = notifications().locator("button.close").filter(new Locator.FilterOptions().setVisible(true));
    while (close.count() > 0) {
      close.first().click();
    }
  }

  /** The app's name as its header shows it, e.g. "Theo dõi quy trình – Triển khai Nghị quyết". */
  public Locator header() {
    return page.locator("[cam-widget-header] .navbar-brand .brand-name");
  }

  public void openWelcome() {
    open("welcome", "#!/welcome");
  }

  public Tasklist openTasklist() {
    open("tasklist", "#/");
    return new Tasklist(this);
  }

  public void openCockpit() {
    open("cockpit", "#/dashboard");
  }

  public void openAdmin() {
    open("admin", "#/");
  }

  /**
   * A page of one of the apps, e.g. {@code open("cockpit", "#/processes")}, as if typed into the
   * address bar (within the same app only the route changes, as with a click on a link).
   */
  public void open(String app, String route) {
    page.navigate(application.url("/camunda/app/" + app + "/" + ENGINE + "/" + route));
    page.waitForLoadState(LoadState.NETWORKIDLE);
  }

  /**
   * Saves the page as the next numbered step of this test ({@code 03-cockpit.png}), once nothing on
   * it says "Đang tải…" or "đang tải" (loading) any more.
   */
  public Path screenshot(String name) {
    assertThat(page.locator("text=/đang tải/i").filter(new Locator.FilterOptions().setVisible(true))).hasCount(0);
    return screenshotAsItIs(name);
  }

  /** The page as it is, without waiting for anything: for a test that has failed. */
  Path screenshotAsItIs(String name) {
    return screenshotAsItIs(name, true);
  }

  private Path screenshotAsItIs(String name, boolean fullPage) {
    step++;
    Path file = screenshots.resolve(String.format("%02d-%s.png", step, name));
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(fullPage));
    return file;
  }

  /** What the screen shows now, not the whole page: a phone's view after scrolling. */
  public Path screenshotOfScreen(String name) {
    assertThat(page.locator("text=/đang tải/i").filter(new Locator.FilterOptions().setVisible(true))).hasCount(0);
    return screenshotAsItIs(name, false);
  }

  /**
   * {@link #screenshot(String)}, and with {@code -De2e.update-docs} also a copy as
   * {@code docs/screenshots/<docsName>.png}, the pictures of the README's walkthrough.
   */
  public Path screenshotForDocs(String name, String docsName) {
    return forDocs(screenshot(name), docsName);
  }

  /** {@link #screenshotOfScreen(String)}, copied into the README's pictures as {@link #screenshotForDocs} does. */
  public Path screenshotOfScreenForDocs(String name, String docsName) {
    return forDocs(screenshotOfScreen(name), docsName);
  }

  private static Path forDocs(Path file, String docsName) {
    if (System.getProperty("e2e.update-docs") != null) {
      Path docs = Path.of(System.getProperty("e2e.docs", "docs/screenshots"));
      try {
        Files.createDirectories(docs);
        Files.copy(file, docs.resolve(docsName + ".png"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /**
   * Chromium logs every answer of 400 or more as a console error, also the one with which the server
   * refuses a form on purpose ("Failed to load resource: … status of 400"). A test that expects such a
   * refusal names the request here ({@code "/submit-form"}); only a 400 to a URL containing it is then
   * not counted as a problem. The test must check what the person sees itself, and say why.
   */
  public void allowRefusal(String urlPart) {
    allowedRefusals.add(urlPart);
  }

  /**
   * A task the official completes in Tasklist. Every 10 s Tasklist asks {@code GET …/task/{id}} whether
   * the task it shows still exists, and a 404 is how it learns that the task is gone (it then closes the
   * task). When that tick falls just after the task was completed, Chromium logs the 404 as a console
   * error. Only that answer is not counted as a problem: a 404 to exactly this task's URL, not to its
   * form or variables, and no other status.
   */
  void allowCompletedTask(String taskId) {
    completedTasks.add(taskId);
  }

  /**
   * A console error the test provokes on purpose: an attack the page must block (the browser reports
   * the Content-Security-Policy's refusal as an error) or the request a harmless leftover of it makes.
   * An error whose text contains {@code textPart} and whose source contains {@code locationPart} is
   * then kept apart ({@link #provokedErrors()}), not counted as a problem.
   */
  public void provokeConsoleError(String textPart, String locationPart) {
    provoked.add(new String[] {textPart, locationPart});
  }

  /** The provoked console errors seen so far. */
  public List<String> provokedErrors() {
    synchronized (provokedSeen) {
      return List.copyOf(provokedSeen);
    }
  }

  /** Console errors and uncaught errors seen so far. */
  public List<String> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  private void recordConsoleError(ConsoleMessage message) {
    if ("error".equals(message.type()) && isProvoked(message)) {
      provokedSeen.add(message.text());
    } else if ("error".equals(message.type()) && !isAllowedRefusal(message) && !isCompletedTaskLookup(message)) {
      problems.add("console error on " + page.url() + ": " + message.text()
          + (message.location() == null ? "" : " (" + message.location() + ")"));
    }
  }

  private boolean isProvoked(ConsoleMessage message) {
    String location = message.location() == null ? "" : message.location();
    synchronized (provoked) {
      return provoked.stream().anyMatch(error -> message.text().contains(error[0]) && location.contains(error[1]));
    }
  }

  private boolean isAllowedRefusal(ConsoleMessage message) {
    String location = message.location() == null ? "" : message.location();
    synchronized (allowedRefusals) {
      return message.text().contains("the server responded with a status of 400")
          && allowedRefusals.stream().anyMatch(location::contains);
    }
  }

  private boolean isCompletedTaskLookup(ConsoleMessage message) {
    String location = message.location() == null ? "" : message.location();
    synchronized (completedTasks) {
      return message.text().contains("the server responded with a status of 404")
          && completedTasks.stream().anyMatch(task -> location.matches(
              ".*/api/engine/engine/" + ENGINE + "/task/" + Pattern.quote(task) + "(:\\d+:\\d+)?"));
    }
  }

  @Override
  public void close() {
    context.close();
  }

  private static void deleteScreenshotsOfAnEarlierRun(Path directory) {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
