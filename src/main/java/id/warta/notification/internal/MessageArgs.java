package id.warta.notification.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A notice's message arguments as a JSON array of strings. */
@Converter
class MessageArgs implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> args) {
		return JSON.writeValueAsString(args == null ? List.of() : args);
	}

	@Override
	public List<String> convertToEntityAttribute(String json) {
		return json == null || json.isBlank() ? List.of() : List.copyOf(JSON.readValue(json, STRINGS));
	}
}
