package id.warta.newsroom.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.warta.newsroom.Channel;
import id.warta.newsroom.StoryState;
import id.warta.newsroom.StoryType;
import id.warta.newsroom.internal.Newsroom;
import id.warta.newsroom.internal.PublicPaths;
import id.warta.newsroom.internal.Story;
import id.warta.newsroom.internal.StoryContent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Steps 2–4 for programs: the same services, rules and authorisation as the desk and the screening pages. */
@RestController
@RequestMapping("/api/v1/stories")
class StoryApi {

	private final Newsroom newsroom;

	StoryApi(Newsroom newsroom) {
		this.newsroom = newsroom;
	}

	record ComposeRequest(List<Long> materialIds, StoryType type) {
	}

	record Created(long id) {
	}

	record ContentRequest(StoryType type, Long divisionId, String title, String slug, String lead, String body,
			List<String> tags, List<String> categories, Long featuredMediaId, String featuredAlt, List<Long> galleryMediaIds,
			List<Long> documentMediaIds, Map<Channel, String> channelTexts, Set<Channel> channels, long version) {

		StoryContent content() {
			return new StoryContent(title, slug, lead, body, tags, categories, featuredMediaId, featuredAlt,
					galleryMediaIds, documentMediaIds, channelTexts, channels);
		}
	}

	record DecisionRequest(Decision decision, int revision, String note) {
	}

	enum Decision {
		APPROVE, RETURN, REJECT
	}

	record ReasonRequest(String reason) {
	}

	/** The note is needed only to send a returned revision back unchanged. */
	record SubmitRequest(String note) {
	}

	record Revision(int number, String contentHash, String author, Instant createdAt, StoryContent content) {
	}

	record ReviewView(int revision, String decision, String reviewer, String note, String contentHash,
			Instant decidedAt) {
	}

	record StoryView(long id, StoryType type, StoryState state, Long divisionId, long version, String publicPath,
			Revision current, List<ReviewView> reviews, List<Long> materialIds) {

		static StoryView of(Story story) {
			var current = story.current();
			return new StoryView(story.getId(), story.getType(), story.getState(), story.getDivisionId(),
					story.getVersion(), PublicPaths.of(story),
					new Revision(current.getNumber(), current.getContentHash(), current.getAuthorName(),
							current.getCreatedAt(), current.content()),
					story.getReviews()
						.stream()
						.map(r -> new ReviewView(r.getRevisionNumber(), r.getDecision().name(), r.getReviewerName(),
								r.getNote(), r.getContentHash(), r.getDecidedAt()))
						.toList(),
					story.getSourceMaterialIds());
		}
	}

	@PostMapping
	ResponseEntity<Created> compose(@RequestBody ComposeRequest request) {
		long id = newsroom.compose(request.materialIds(), request.type() == null ? StoryType.NEWS : request.type());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
	}

	@GetMapping("/desk")
	List<StoryView> desk() {
		return newsroom.desk().stream().map(StoryView::of).toList();
	}

	@GetMapping("/queue")
	List<StoryView> queue() {
		return newsroom.queue().stream().map(StoryView::of).toList();
	}

	@GetMapping("/{id}")
	StoryView get(@PathVariable long id) {
		return StoryView.of(newsroom.get(id));
	}

	@PutMapping("/{id}")
	StoryView save(@PathVariable long id, @RequestBody ContentRequest request) {
		Story story = newsroom.get(id);
		newsroom.save(id, request.version(), request.type() == null ? story.getType() : request.type(),
				request.divisionId(), request.content());
		return StoryView.of(newsroom.get(id));
	}

	@PostMapping("/{id}/submit")
	StoryView submit(@PathVariable long id, @RequestBody(required = false) SubmitRequest request) {
		newsroom.submit(id, request == null ? null : request.note());
		return StoryView.of(newsroom.get(id));
	}

	@PostMapping("/{id}/decisions")
	StoryView decide(@PathVariable long id, @RequestBody DecisionRequest request) {
		switch (request.decision() == null ? Decision.APPROVE : request.decision()) {
			case APPROVE -> newsroom.approve(id, request.revision(), request.note());
			case RETURN -> newsroom.returnForRework(id, request.revision(), request.note());
			case REJECT -> newsroom.reject(id, request.revision(), request.note());
		}
		return StoryView.of(newsroom.get(id));
	}

	@PostMapping("/{id}/publish")
	StoryView publish(@PathVariable long id) {
		newsroom.publish(id);
		return StoryView.of(newsroom.get(id));
	}

	@PostMapping("/{id}/withdraw")
	StoryView withdraw(@PathVariable long id, @RequestBody ReasonRequest request) {
		newsroom.withdraw(id, request.reason());
		return StoryView.of(newsroom.get(id));
	}
}
