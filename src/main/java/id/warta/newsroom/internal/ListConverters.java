package id.warta.newsroom.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.warta.newsroom.Channel;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Small ordered lists kept in one column: they are only ever read and written whole with their revision. */
final class ListConverters {

	private ListConverters() {
	}

	@Converter
	static class Ids implements AttributeConverter<List<Long>, String> {

		@Override
		public String convertToDatabaseColumn(List<Long> ids) {
			return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
		}

		@Override
		public List<Long> convertToEntityAttribute(String column) {
			return column == null || column.isEmpty() ? List.of()
					: Arrays.stream(column.split(",")).map(Long::valueOf).toList();
		}
	}

	/** Tags one per line: a tag may contain commas but never a line break. */
	@Converter
	static class Lines implements AttributeConverter<List<String>, String> {

		@Override
		public String convertToDatabaseColumn(List<String> lines) {
			return lines == null ? "" : String.join("\n", lines);
		}

		@Override
		public List<String> convertToEntityAttribute(String column) {
			return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n"));
		}
	}

	@Converter
	static class Channels implements AttributeConverter<Set<Channel>, String> {

		@Override
		public String convertToDatabaseColumn(Set<Channel> channels) {
			return channels == null ? "" : channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		}

		@Override
		public Set<Channel> convertToEntityAttribute(String column) {
			Set<Channel> channels = EnumSet.noneOf(Channel.class);
			if (column != null && !column.isEmpty()) {
				Arrays.stream(column.split(",")).map(Channel::valueOf).forEach(channels::add);
			}
			return channels;
		}
	}
}
