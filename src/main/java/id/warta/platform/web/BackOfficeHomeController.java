package id.warta.platform.web;

import java.util.Comparator;
import java.util.List;

import id.warta.platform.BackOfficeTasks;
import id.warta.platform.BackOfficeTasks.TaskGroup;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: each person's tasks across the modules, with due times and what is overdue. */
@Controller
class BackOfficeHomeController {

	static final String VIEW = "platform/home";

	private final List<BackOfficeTasks> modules;

	BackOfficeHomeController(List<BackOfficeTasks> modules) {
		this.modules = modules;
	}

	@GetMapping("/kantor")
	String home(Authentication authentication, Model model) {
		List<TaskGroup> groups = modules.stream()
			.flatMap(module -> module.tasksFor(authentication).stream())
			.sorted(Comparator.comparingInt(TaskGroup::order))
			.toList();
		model.addAttribute("taskGroups", groups);
		model.addAttribute("overdue", groups.stream()
			.flatMap(group -> group.tasks().stream())
			.filter(BackOfficeTasks.Task::overdue)
			.distinct()
			.toList());
		return VIEW;
	}
}
