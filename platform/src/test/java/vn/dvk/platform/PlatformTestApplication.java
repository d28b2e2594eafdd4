package vn.dvk.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the platform, for the platform's own integration tests. */
@SpringBootApplication(scanBasePackages = "vn.dvk.platform.testapp")
public class PlatformTestApplication {
}
