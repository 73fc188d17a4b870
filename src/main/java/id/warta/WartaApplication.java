package id.warta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Warta: an agency's website, social media and public-information requests, run by its SOP.
 */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WartaApplication {

	public static void main(String[] args) {
		SpringApplication.run(WartaApplication.class, args);
	}
}
