package io.caseledger.app.pages;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through its chromedriver, both named by path so Selenium Manager
 * never downloads anything. Without them the browser tests are skipped, saying how to install them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(int port, int width) throws IOException {
        this.base = "http://127.0.0.1:" + port;
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + ",1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A laptop-width browser; skipped (not failed) where Chromium is not installed. */
    static Browser open(int port) throws IOException {
        return open(port, 1280);
    }

    static Browser open(int port, int width) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String install = "Browser tests need Debian's Chromium and its driver: apt-get install -y chromium chromium-driver";
        // CI (.ci/run) installs them and sets this, so there a missing browser fails instead of skipping.
        if (System.getenv("CASELEDGER_REQUIRE_BROWSER") != null && !installed) {
            throw new AssertionError(install);
        }
        Assumptions.assumeTrue(installed, install);
        return new Browser(port, width);
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    Browser signIn(String user) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-demo");
        clickAndWait("form button[type=submit]");
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element's text; read again if a live update replaced the element between finding and reading it. */
    String text(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return find(css).getText();
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 20) {
                    throw replaced;
                }
            }
        }
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        waitUntil(Duration.ofSeconds(10), condition);
    }

    void waitUntil(Duration within, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, within, Duration.ofMillis(50)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** Clicks something that loads a new page (a form's submit button) and waits for that page. */
    void clickAndWait(String css) {
        // Marks this document rather than holding one of its elements: asking Chromium whether an element of
        // a page being replaced is stale can fail with "node does not belong to the document" instead.
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.caseledgerOldPage = true;");
        find(css).click();
        waitUntil(d -> Boolean.TRUE.equals(script.executeScript(
                "return window.caseledgerOldPage === undefined && document.readyState === 'complete';")));
    }

    /** Saves the page as target/screenshots/{name}.png. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    /** Runs axe-core (from its WebJar) on the page: no serious or critical accessibility violation. */
    @SuppressWarnings("unchecked")
    /** The page is no wider than the window (wide tables may scroll inside their own box). */
    void assertFitsWidth() {
        Object widths = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
        java.util.List<?> pair = (java.util.List<?>) widths;
        assertThat(((Number) pair.get(0)).longValue()).as("page width at a window of %s px", pair.get(1))
                .isLessThanOrEqualTo(((Number) pair.get(1)).longValue());
    }

    void assertAccessible() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
                + " return {id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) { return n.target.join(' '); }).join(', ')}; })); });");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        assertThat(violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList())
                .as("serious or critical accessibility violations on " + driver.getCurrentUrl()).isEmpty();
    }

    private static String axeSource() throws IOException {
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core WebJar on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
