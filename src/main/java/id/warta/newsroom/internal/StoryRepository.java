package id.warta.newsroom.internal;

import java.util.List;
import java.util.Optional;

import id.warta.newsroom.StoryState;
import id.warta.newsroom.StoryType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoryRepository extends JpaRepository<Story, Long> {

	List<Story> findByAgencyIdAndStateOrderByUpdatedAtAsc(long agencyId, StoryState state);

	Optional<Story> findByIdAndAgencyId(long id, long agencyId);

	/**
	 * Locks the story's row until the transaction ends, before the story is read: simultaneous decisions on one
	 * story take turns, and each one after the first sees the decision already taken (ADR 0020).
	 */
	@Query(nativeQuery = true, value = "SELECT id FROM story WHERE id = :id FOR UPDATE")
	Optional<Long> lockForDecision(long id);

	/** Stories whose published revision has this address (normally one). */
	@Query("""
			select s from Story s join s.revisions r
			where s.agencyId = :agencyId and s.type = :type and s.publishedRevision is not null
			  and r.number = s.publishedRevision and r.slug = :slug""")
	List<Story> findByPublishedAddress(long agencyId, StoryType type, String slug);

	@Query("""
			select s from Story s
			where s.agencyId = :agencyId and s.type = :type and s.publishedRevision is not null
			  and s.state <> id.warta.newsroom.StoryState.WITHDRAWN
			order by s.publishedAt desc""")
	List<Story> findPublished(long agencyId, StoryType type, Limit limit);

	@Query("""
			select s from Story s
			where s.agencyId = :agencyId and s.publishedRevision is not null
			  and s.state <> id.warta.newsroom.StoryState.WITHDRAWN
			order by s.publishedAt desc""")
	List<Story> findAllPublished(long agencyId);

	/** Whether another story already uses this slug for this type, in any revision. */
	@Query("""
			select count(s) > 0 from Story s join s.revisions r
			where s.agencyId = :agencyId and s.type = :type and s.id <> :storyId and r.slug = :slug
			  and s.state <> id.warta.newsroom.StoryState.REJECTED""")
	boolean slugTaken(long agencyId, StoryType type, long storyId, String slug);

	/** Stories whose published revision shows this media file (featured, gallery or documents). */
	@Query(nativeQuery = true, value = """
			SELECT s.id FROM story s
			JOIN story_revision r ON r.story_id = s.id AND r.number = s.published_revision
			WHERE s.state <> 'WITHDRAWN' AND (r.featured_media_id = :mediaId
			  OR CONCAT(',', r.gallery_media_ids, ',') LIKE CONCAT('%,', :mediaKey, ',%')
			  OR CONCAT(',', r.document_media_ids, ',') LIKE CONCAT('%,', :mediaKey, ',%'))""")
	List<Long> findPublishedShowing(long mediaId, String mediaKey);
}
