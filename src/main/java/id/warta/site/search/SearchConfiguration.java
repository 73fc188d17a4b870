package id.warta.site.search;

import java.io.IOException;
import java.nio.file.Files;

import id.warta.media.MediaLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index, in memory or in the configured directory; closed when the application stops. */
@Configuration
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	StoryIndex storyIndex(SearchSettings settings) throws IOException {
		if (settings.directory() == null) {
			return StoryIndex.inMemory(MediaLibrary.DOCUMENT_TEXT_LIMIT);
		}
		Files.createDirectories(settings.directory());
		return StoryIndex.inDirectory(settings.directory(), MediaLibrary.DOCUMENT_TEXT_LIMIT);
	}
}
