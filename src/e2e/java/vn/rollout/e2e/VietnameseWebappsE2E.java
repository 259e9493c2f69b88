package vn.rollout.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.rollout.e2e.support.Credentials;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.Webapps;

/**
 * Issue 10 in a real browser: the login page, Welcome, Tasklist, Cockpit and Admin speak Vietnamese
 * (the words of the vi.json files) to a browser that asks for English, in a zone other than Vietnam's,
 * and carry the product's name in their header.
 */
@EndToEndTest
class VietnameseWebappsE2E {

  static final String PRODUCT = "Triển khai Nghị quyết";
  static final String FOOTER_ZONE = "Ngày giờ hiển thị theo múi giờ: Asia/Ho_Chi_Minh (UTC+07:00)";

  @Test
  void shouldShowTheLoginPageInVietnamese(Webapps webapps) {
    webapps.openLogin();
    Page page = webapps.page();

    assertThat(page.locator("html")).hasAttribute("lang", "vi");
    assertThat(page.getByText(PRODUCT, new Page.GetByTextOptions().setExact(true))).isVisible();
    // PAGE_LOGIN_USERNAME, PAGE_LOGIN_PASSWORD, PAGE_LOGIN_SIGN_IN_ACTION
    assertThat(page.getByPlaceholder("Tên đăng nhập")).isVisible();
    assertThat(page.getByPlaceholder("Mật khẩu")).isVisible();
    assertThat(signIn(page, "Đăng nhập")).isVisible();
    assertThat(page.getByPlaceholder("Username")).hasCount(0);
    assertThat(page.locator("body")).containsText(FOOTER_ZONE);
    assertThat(page.locator("body")).containsText("Tiếng Việt | English");
    webapps.screenshotForDocs("login", "login");
  }

  @Test
  void shouldLetAnyoneReadEnglishInsteadAndComeBack(Webapps webapps) {
    webapps.openLogin();
    Page page = webapps.page();

    page.getByText("English", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(signIn(page, "Log in")).isVisible();
    assertThat(page.getByPlaceholder("Username")).isVisible();
    webapps.screenshot("login-in-english");

    page.getByText("Tiếng Việt", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(signIn(page, "Đăng nhập")).isVisible();
    assertThat(page.getByPlaceholder("Tên đăng nhập")).isVisible();
    webapps.screenshot("login-in-vietnamese-again");
  }

  @Test
  void shouldShowWelcomeInVietnamese(Webapps webapps) {
    webapps.logIn(Credentials.ADMIN);
    webapps.openWelcome();
    Locator body = webapps.page().locator("body");

    assertThat(webapps.header()).hasText("Trang chủ – " + PRODUCT);
    // APPLICATIONS, the apps' names, MY_PROFILE, LINKS
    for (String text : new String[] {"Ứng dụng", "Theo dõi quy trình", "Xử lý công việc", "Quản trị", "Thông tin cá nhân", "Liên kết"}) {
      assertThat(body).containsText(text);
    }
    assertThat(body).not().containsText("Applications");
    assertThat(body).containsText(FOOTER_ZONE);
    webapps.screenshot("welcome");

    webapps.logOut();
    assertThat(signIn(webapps.page(), "Đăng nhập")).isVisible();
    webapps.screenshot("logged-out");
  }

  @Test
  void shouldShowTasklistInVietnamese(Webapps webapps) {
    webapps.logIn(Credentials.ADMIN);
    webapps.openTasklist();
    Page page = webapps.page();
    Locator body = page.locator("body");

    assertThat(webapps.header()).hasText("Xử lý công việc – " + PRODUCT);
    // START_PROCESS, CREATE_TASK, SEARCH_PLACEHOLDER, and CREATION_DATE, the default sorting
    assertThat(body).containsText("Khởi tạo quy trình");
    assertThat(body).containsText("Tạo công việc");
    assertThat(page.getByPlaceholder("Lọc công việc")).isVisible();
    assertThat(page.locator("section.tasks-list")).containsText("Ngày tạo");
    // no untranslated keys, such as the ones Camunda shows when its locale file loads late
    assertThat(body).not().containsText("SEARCH_PLACEHOLDER");
    assertThat(body).not().containsText("CREATION_DATE");
    assertThat(body).not().containsText("Start process");
    assertThat(body).containsText(FOOTER_ZONE);
    webapps.screenshot("tasklist");
  }

  @Test
  void shouldShowCockpitInVietnameseWithDatesInVietnamsTime(Webapps webapps, EngineRest admin) {
    webapps.logIn(Credentials.ADMIN);
    webapps.openCockpit();
    Locator body = webapps.page().locator("body");

    assertThat(webapps.header()).hasText("Theo dõi quy trình – " + PRODUCT);
    // DASHBOARD_RUNNING_PROCESS_INSTANCE, DASHBOARD_OPEN_INCIDENTS, DASHBOARD_OPEN_HUMAN_TASKS,
    // DASHBOARD_PROCESS_DEFINITIONS, DASHBOARD_DEPLOYMENTS
    for (String text : new String[] {"Hồ sơ quy trình đang chạy", "Sự cố chưa xử lý", "Công việc đang mở", "Định nghĩa quy trình", "Bản triển khai"}) {
      assertThat(body).containsText(text);
    }
    assertThat(body).not().containsText("Running Process Instances");
    webapps.screenshot("cockpit-dashboard");

    // The product's own deployment, made when the application started: Cockpit shows its time as
    // dd/MM/yyyy HH:mm in Vietnam's time, although this browser is in UTC.
    String deployed = admin.list("/deployment?name=resolution-rollout").expect(200).json().get(0).get("deploymentTime").asText();
    String inVietnam = OffsetDateTime.parse(deployed, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
        .atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh"))
        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    webapps.open("cockpit", "#/repository");
    assertThat(body).containsText("resolution-rollout");
    assertThat(body).containsText("Thời điểm:");
    assertThat(body).containsText(inVietnam);
    webapps.screenshot("cockpit-deployments");
  }

  @Test
  void shouldShowAdminInVietnamese(Webapps webapps) {
    webapps.logIn(Credentials.ADMIN);
    webapps.openAdmin();
    Locator body = webapps.page().locator("body");

    assertThat(webapps.header()).hasText("Quản trị – " + PRODUCT);
    // USERS_USERS, GROUPS_GROUPS, AUTHORIZATION_AUTHORIZATIONS, USERS_CREATE_NEW_USER, AUTHORIZATION_MANAGE_AUTHORIZATIONS
    for (String text : new String[] {"Người dùng", "Nhóm", "Phân quyền", "Tạo người dùng mới", "Quản lý phân quyền"}) {
      assertThat(body).containsText(text);
    }
    assertThat(body).not().containsText("Create new user");
    webapps.screenshot("admin");

    webapps.open("admin", "#/users");
    // USERS_LIST_USERS; the demo administrator, named in Vietnamese
    assertThat(body).containsText("Danh sách người dùng");
    Locator administrator = webapps.page().locator("table tr").filter(new Locator.FilterOptions().setHasText("quan-tri@trienkhai.local"));
    assertThat(administrator).containsText("Quản trị");
    assertThat(administrator).containsText("hệ thống");
    webapps.screenshot("admin-users");

    // Group types and Camunda's administrators' group in Vietnamese, not as the codes the engine keeps
    webapps.open("admin", "#/groups");
    Locator types = webapps.page().locator("td.group-type");
    assertThat(types.first()).isVisible();
    assertThat(types.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*(organ|unit|WORKFLOW|SYSTEM)\\s*$"))))
        .hasCount(0);
    Locator administrators = webapps.page().locator("table tr").filter(new Locator.FilterOptions().setHasText("camunda-admin"));
    assertThat(administrators.locator("td.group-name")).hasText("Quản trị hệ thống");
    assertThat(administrators.locator("td.group-type")).hasText("Hệ thống");
    assertThat(types.filter(new Locator.FilterOptions().setHasText("Cơ quan của cấp ủy")).first()).isVisible();
    webapps.screenshot("admin-groups");
  }

  private static Locator signIn(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
