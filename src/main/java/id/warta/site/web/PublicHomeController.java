package id.warta.site.web;

import java.util.ArrayList;
import java.util.List;

import id.warta.media.MediaShelf;
import id.warta.newsroom.PublicListing;
import id.warta.newsroom.PublicStory;
import id.warta.newsroom.PublishedStories;
import id.warta.newsroom.StoryType;
import id.warta.organization.AgencyProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The public home page: the headline story, the latest news and announcements, a strip of galleries, quick links
 * and the agency's contacts.
 */
@Controller
@SitePage
class PublicHomeController {

	static final String VIEW = "site/home";
	static final int NEWS = 7;
	static final int ANNOUNCEMENTS = 5;
	static final int GALLERIES = 4;

	private final PublishedStories stories;
	private final PublicMedia media;
	private final PageMetas metas;

	PublicHomeController(PublishedStories stories, PublicMedia media, PageMetas metas) {
		this.stories = stories;
		this.media = media;
		this.metas = metas;
	}

	@GetMapping("/")
	String home(@ModelAttribute("agency") AgencyProfile agency, Model model) {
		List<PublicStory> news = stories.list(PublicListing.of(StoryType.NEWS, NEWS)).stories();
		List<PublicStory> announcements = stories.list(PublicListing.of(StoryType.ANNOUNCEMENT, ANNOUNCEMENTS))
			.stories();
		List<PublicStory> galleries = stories.list(PublicListing.of(StoryType.GALLERY, GALLERIES)).stories();
		List<PublicStory> all = new ArrayList<>(news);
		all.addAll(galleries);
		MediaShelf shelf = media.shelf(all);
		List<StoryCard> cards = news.stream().map(story -> StoryCard.of(story, shelf)).toList();
		model.addAttribute("headline", cards.isEmpty() ? null : cards.get(0));
		model.addAttribute("news", cards.size() > 1 ? cards.subList(1, cards.size()) : List.of());
		model.addAttribute("announcements", announcements);
		model.addAttribute("galleries", galleries.stream().map(story -> StoryCard.of(story, shelf)).toList());
		model.addAttribute("meta", metas.page(agency.name(), "/", agency, null));
		return VIEW;
	}
}
