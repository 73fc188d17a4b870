package id.warta.newsroom.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import id.warta.newsroom.StoryState;
import id.warta.newsroom.internal.Newsroom;
import id.warta.newsroom.internal.Story;
import id.warta.organization.Role;
import id.warta.organization.StaffPrincipal;
import id.warta.platform.BackOfficeTasks;
import id.warta.sop.StepClock;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Stories to edit, to publish and to screen, each with the due time of the step it is in. */
@Component
class NewsroomTasks implements BackOfficeTasks {

	private static final int SHOWN = 5;

	private final Newsroom newsroom;
	private final ClockViews clocks;
	private final Clock clock;

	NewsroomTasks(Newsroom newsroom, ClockViews clocks, Clock clock) {
		this.newsroom = newsroom;
		this.clocks = clocks;
		this.clock = clock;
	}

	@Override
	public List<TaskGroup> tasksFor(Authentication person) {
		if (!(person.getPrincipal() instanceof StaffPrincipal staff)) {
			return List.of();
		}
		List<TaskGroup> groups = new ArrayList<>();
		if (staff.hasRole(Role.CONTENT_ADMIN)) {
			List<Story> desk = newsroom.desk();
			Map<Long, StepClock> due = clocks.latest(desk);
			groups.add(group(20, "tasks.toEdit", desk, due,
					s -> s.getState() == StoryState.DRAFT || s.getState() == StoryState.RETURNED, "/redaksi/berita/"));
			groups.add(group(40, "tasks.toPublish", desk, due, s -> s.getState() == StoryState.APPROVED,
					"/redaksi/berita/"));
		}
		if (staff.hasRole(Role.SCREENER)) {
			List<Story> queue = newsroom.queue();
			groups.add(group(30, "tasks.toScreen", queue, clocks.latest(queue), s -> true, "/penyaringan/"));
		}
		return groups;
	}

	private TaskGroup group(int order, String title, List<Story> stories, Map<Long, StepClock> due,
			Predicate<Story> stage, String link) {
		List<Story> inStage = stories.stream().filter(stage).toList();
		List<Task> tasks = inStage.stream().limit(SHOWN).map(story -> {
			StepClock step = due.get(story.getId());
			boolean running = step != null && step.running();
			return new Task(story.current().getTitle(), link + story.getId(), running ? step.dueAt() : null,
					running && step.overdueAt(clock.instant()));
		}).toList();
		return new TaskGroup(order, title, link.substring(0, link.length() - 1), inStage.size(), tasks);
	}
}
