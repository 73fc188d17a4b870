package id.warta.platform;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * A module's part of the back-office home page: the signed-in person's tasks in that module, with their due
 * times. Each role's home page is made of the groups every module returns for that person's roles.
 */
public interface BackOfficeTasks {

	/** The groups for this person; empty when none of their roles works in the module. */
	List<TaskGroup> tasksFor(Authentication person);

	/** One stage of work, such as "waiting for screening", with how many items are in it and the first few. */
	record TaskGroup(int order, String titleKey, String link, long total, List<Task> tasks) {
	}

	/** One item to act on; {@code dueAt} is its SOP due time, when the item is on the clock. */
	record Task(String label, String link, Instant dueAt, boolean overdue) {
	}
}
