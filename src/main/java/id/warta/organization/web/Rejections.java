package id.warta.organization.web;

import id.warta.organization.internal.RejectedChange;
import org.springframework.validation.BindingResult;

/** Shows a refused change next to the field it concerns, or at the top of the form. */
final class Rejections {

	private Rejections() {
	}

	static void show(RejectedChange rejection, BindingResult binding) {
		if (rejection.field() != null && binding.getTarget() != null
				&& hasField(binding, rejection.field())) {
			binding.rejectValue(rejection.field(), rejection.messageKey());
		}
		else {
			binding.reject(rejection.messageKey());
		}
	}

	private static boolean hasField(BindingResult binding, String field) {
		try {
			binding.getFieldType(field);
			return binding.getFieldType(field) != null;
		}
		catch (RuntimeException e) {
			return false;
		}
	}
}
