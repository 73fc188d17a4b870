package id.warta.media.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StorageConfigurationTests {

	@EnableConfigurationProperties(S3StorageSettings.class)
	static class BindSettings {
	}

	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withUserConfiguration(StorageConfiguration.class, BindSettings.class);
	}

	@Test
	void aLocalDirectoryByDefault() {
		runner().withPropertyValues("warta.media.directory=/srv/warta/media").run(context -> {
			assertThat(context).getBean(MediaStorage.class).isInstanceOf(LocalMediaStorage.class);
			assertThat(context.getBean(MediaStorage.class).describe()).isEqualTo("/srv/warta/media");
		});
	}

	@Test
	void aMisspelledStorageStopsTheStart() {
		runner().withPropertyValues("warta.media.storage=s4").run(context -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("must be 'local' or 's3'"));
	}

	@Test
	void s3WithoutABucketStopsTheStart() {
		runner().withPropertyValues("warta.media.storage=s3", "warta.media.s3.endpoint=http://127.0.0.1:9")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("warta.media.s3.bucket must be set"));
	}
}
