package id.warta.media.internal.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	MediaStorage mediaStorage(@Value("${warta.media.directory:./data/media}") java.nio.file.Path directory) {
		return new LocalMediaStorage(directory);
	}
}
