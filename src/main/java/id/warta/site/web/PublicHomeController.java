package id.warta.site.web;

import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: the latest published news and announcements, and the agency's contacts. */
@Controller
class PublicHomeController {

	static final String VIEW = "site/home";

	private final PublishedStories stories;

	PublicHomeController(PublishedStories stories) {
		this.stories = stories;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("news", stories.latest(StoryType.NEWS, 10));
		model.addAttribute("announcements", stories.latest(StoryType.ANNOUNCEMENT, 5));
		return VIEW;
	}
}
