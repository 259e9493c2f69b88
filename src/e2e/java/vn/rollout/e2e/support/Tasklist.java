package vn.rollout.e2e.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an official does in Tasklist ("Xử lý công việc"), by the Vietnamese words on the screen. */
public final class Tasklist {

  /** How long form-js waits before it passes typing on to the form, with a margin. */
  static final int FORM_JS_DEBOUNCE_MILLIS = 600;

  /** The open task's id in Tasklist's address ({@code #/?…&task=<id>&…}). */
  private static final Pattern OPEN_TASK = Pattern.compile("[?&]task=([^&]+)");

  private final Webapps webapps;
  private final Page page;

  Tasklist(Webapps webapps) {
    this.webapps = webapps;
    this.page = webapps.page();
  }

  /** Chooses a filter in the list on the left, e.g. "Việc của đơn vị". */
  public Tasklist filter(String name) {
    page.locator("section.task-filters").getByText(name).first().click();
    return this;
  }

  /** The tasks the chosen filter lists, by name. */
  public Locator tasks(String name) {
    return page.locator("section.tasks-list h4.task").getByText(name, new Locator.GetByTextOptions().setExact(true));
  }

  /** Opens a task of the list: its form shows on the right. */
  public Tasklist open(String taskName) {
    tasks(taskName).first().click();
    assertThat(details().locator("h2.task")).hasText(taskName);
    return this;
  }

  /** "Nhận việc": the official takes the open task, and its form becomes editable. */
  public Tasklist claim() {
    details().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nhận việc")).click();
    assertThat(completeButton()).isEnabled();
    return this;
  }

  /** The open task: its name, its form (fields found by their Vietnamese labels) and its buttons. */
  public Locator details() {
    return page.locator("section.task-details");
  }

  /**
   * "Lưu": saves the form without completing the task, to go on later. "Hoàn thành" does not need it
   * (lib/rollout/tasklist.js).
   */
  public Tasklist save() {
    Locator save = details().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"));
    // form-js passes typing on to the form 300 ms later; a change that lands after "Lưu" brings back
    // the stale errors that keep "Hoàn thành" disabled. A person never types that fast.
    page.waitForTimeout(FORM_JS_DEBOUNCE_MILLIS);
    save.click();
    // saved: nothing left to save
    assertThat(save).isDisabled();
    return this;
  }

  /**
   * "Hoàn thành": completes the open task. Like {@link #save()}, after form-js has taken the last typing
   * (300 ms later): a click before it validates a required field still empty and completes nothing.
   */
  public void complete() {
    Matcher open = OPEN_TASK.matcher(page.url());
    if (open.find()) {
      webapps.allowCompletedTask(URLDecoder.decode(open.group(1), StandardCharsets.UTF_8));
    }
    page.waitForTimeout(FORM_JS_DEBOUNCE_MILLIS);
    completeButton().click();
  }

  /** "Hoàn thành", enabled once the task is claimed. */
  public Locator completeButton() {
    return details().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hoàn thành"));
  }
}
