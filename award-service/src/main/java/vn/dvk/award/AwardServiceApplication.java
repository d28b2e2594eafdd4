package vn.dvk.award;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(AwardProperties.class)
public class AwardServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AwardServiceApplication.class, args);
    }
}
