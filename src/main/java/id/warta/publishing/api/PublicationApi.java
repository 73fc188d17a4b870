package id.warta.publishing.api;

import java.util.List;

import id.warta.channels.ChannelAccounts;
import id.warta.publishing.internal.Attempt;
import id.warta.publishing.internal.Publication;
import id.warta.publishing.internal.PublicationBoard;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Step 4 on the social channels over JSON: the status board and the same actions as its buttons. */
@RestController
class PublicationApi {

	private final PublicationBoard board;

	PublicationApi(PublicationBoard board) {
		this.board = board;
	}

	record Row(Publication publication, List<Attempt> attempts) {
	}

	record Reason(String reason) {
	}

	record Permalink(String permalink) {
	}

	@GetMapping("/api/v1/publications")
	List<Row> ofStory(@RequestParam long story) {
		return board.of(story).stream().map(row -> new Row(row.publication(), row.attempts())).toList();
	}

	@GetMapping("/api/v1/channels")
	List<ChannelAccounts.AccountStatus> channels() {
		return board.accounts();
	}

	@PostMapping("/api/v1/publications/{id}/retry")
	ResponseEntity<Void> retry(@PathVariable long id, @RequestParam long story) {
		return answer(board.retry(story, id));
	}

	@PostMapping("/api/v1/publications/{id}/cancel")
	ResponseEntity<Void> cancel(@PathVariable long id, @RequestParam long story) {
		return answer(board.cancel(story, id));
	}

	@PostMapping("/api/v1/publications/{id}/skip")
	ResponseEntity<Void> skip(@PathVariable long id, @RequestParam long story, @RequestBody Reason reason) {
		return answer(board.skip(story, id, reason.reason()));
	}

	@PostMapping("/api/v1/publications/{id}/confirm")
	ResponseEntity<Void> confirm(@PathVariable long id, @RequestParam long story, @RequestBody Permalink permalink) {
		return answer(board.confirmPublished(story, id, permalink.permalink()));
	}

	/** 204 when done; 409 when the publication was not in a state that allows it (someone acted first). */
	private static ResponseEntity<Void> answer(boolean changed) {
		return changed ? ResponseEntity.noContent().build() : ResponseEntity.status(409).build();
	}
}
