package org.qinqing.hall.itests.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver (both from the machine, never
 * downloaded), with a fresh profile, and the steps the UI tests repeat: open a screen, log in,
 * type, choose, wait, and save a screenshot under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
    static final Path SHOTS = Path.of("target/screenshots");
    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final WebDriverWait wait;

    /** @param base the hall's {@code http://127.0.0.1:PORT/} */
    Browser(String base, int width, int height) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("hall-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("hall.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("hall.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50));
        // screens re-render: an element found a moment ago may be gone, look again
        wait.ignoring(StaleElementReferenceException.class);
        resize(width, height);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the hall, e.g. {@code hall/#/intake}. */
    void open(String path) {
        driver.get(base + path);
    }

    /** Logs in on the login screen and waits for the user's first screen. */
    void login(String user, String password) {
        // a fresh page without the last test's session (a changed hash alone would not reload it)
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        open("hall/#/login");
        waitView("login");
        type("input[name=username]", user);
        type("input[name=password]", password);
        click("#login-submit");
        waitFor(d -> !view().isEmpty() && !"login".equals(view()));
    }

    /** @return the screen the application shows ({@code body[data-view]}), empty while one renders */
    String view() {
        Object v = ((JavascriptExecutor) driver).executeScript("return document.body.dataset.view || ''");
        return String.valueOf(v);
    }

    void waitView(String name) {
        waitFor(d -> name.equals(view()));
    }

    WebElement $(String css) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Clears the input and types text into it. */
    void type(String css, String text) {
        WebElement e = $(css);
        e.clear();
        e.sendKeys(text);
    }

    void click(String css) {
        wait.until(d -> {
            WebElement e = $(css);
            return e.isDisplayed() && e.isEnabled() ? e : null;
        }).click();
    }

    /** Chooses an option of a select by its value. */
    void choose(String css, String value) {
        new Select($(css)).selectByValue(value);
    }

    String text(String css) {
        return $(css).getText();
    }

    /** Waits until the element's text contains the fragment; @return the text */
    String waitText(String css, String fragment) {
        waitFor(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).getText().contains(fragment);
        });
        return text(css);
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** @return the id of the focused element */
    String focused() {
        return String.valueOf(js("return document.activeElement && document.activeElement.id || ''"));
    }

    /** Sizes the window so that the page itself (the viewport) is width × height. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) js("return window.innerWidth");
        long innerHeight = (Long) js("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(width + (int) (width - innerWidth), height + (int) (height - innerHeight)));
    }

    /** Saves a screenshot of the viewport as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
