package id.warta.sop.web;

import java.time.LocalDate;
import java.util.Arrays;

import id.warta.sop.internal.RejectedInput;
import org.springframework.validation.BindingResult;

/** Shows refused input next to the field it concerns, or at the top of the form. */
final class Rejections {

	private Rejections() {
	}

	static void show(RejectedInput rejection, BindingResult binding) {
		Object[] arguments = Arrays.stream(rejection.arguments())
			.map(argument -> argument instanceof LocalDate date ? DateInput.format(date) : argument)
			.toArray();
		if (rejection.field() != null && hasField(binding, rejection.field())) {
			binding.rejectValue(rejection.field(), rejection.messageKey(), arguments, null);
		}
		else {
			binding.reject(rejection.messageKey(), arguments, null);
		}
	}

	private static boolean hasField(BindingResult binding, String field) {
		try {
			return binding.getTarget() != null && binding.getFieldType(field) != null;
		}
		catch (RuntimeException e) {
			return false;
		}
	}
}
