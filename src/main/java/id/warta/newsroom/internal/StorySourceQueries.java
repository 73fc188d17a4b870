package id.warta.newsroom.internal;

import java.util.List;

import id.warta.newsroom.StorySources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class StorySourceQueries implements StorySources {

	private final StoryRepository stories;

	StorySourceQueries(StoryRepository stories) {
		this.stories = stories;
	}

	@Override
	public List<Long> materialIds(long storyId) {
		return stories.findById(storyId).map(Story::getSourceMaterialIds).orElse(List.of());
	}

	@Override
	public String publicPath(long storyId) {
		return stories.findById(storyId).map(PublicPaths::of).orElse(null);
	}
}
