package id.warta.newsroom.internal;

import java.util.List;
import java.util.Optional;

import id.warta.newsroom.StoryState;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoryRepository extends JpaRepository<Story, Long> {

	List<Story> findByAgencyIdAndStateOrderByUpdatedAtAsc(long agencyId, StoryState state);

	Optional<Story> findByIdAndAgencyId(long id, long agencyId);
}
