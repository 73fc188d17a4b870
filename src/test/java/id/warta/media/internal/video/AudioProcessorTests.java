package id.warta.media.internal.video;

import static id.warta.media.internal.video.Clips.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.warta.media.internal.processing.Processed;
import id.warta.media.internal.processing.ProcessingFailed;
import id.warta.media.internal.processing.RenditionFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioProcessorTests {

	@TempDir
	Path originals;

	@TempDir
	Path work;

	AudioProcessor processor = new AudioProcessor(Clips.TOOLS);

	@BeforeEach
	void needsFfmpeg() {
		Clips.assumeFfmpeg();
	}

	@ParameterizedTest
	@CsvSource({ "voice.wav, audio/wav, 1, pcm_s16le, pcm_s16le", "song.mp3, audio/mpeg, 2, libmp3lame, mp3",
			"song.ogg, audio/ogg, 2, libvorbis, vorbis", "note.opus, audio/ogg, 1, libopus, opus",
			"memo.m4a, audio/mp4, 1, aac, aac" })
	void everyRecordingBecomesACompactAacCopyOfTheSameLength(String name, String type, int channels, String encoder,
			String codec) throws IOException {
		Path recording = Clips.tone(originals, name, channels, "-c:a", encoder, "-metadata", "title=Wawancara rahasia");

		Processed processed = processor.process(source(recording, type, work));

		assertThat(processed.durationMillis()).isCloseTo(3000L, within(150L));
		assertThat(processed.codecs()).isEqualTo(codec);
		assertThat(processed.width()).isNull();
		RenditionFile voice = processed.renditions().get(0);
		assertThat(voice.name()).isEqualTo("voice.m4a");
		assertThat(voice.contentType()).isEqualTo("audio/mp4");
		assertVoice(voice.file(), channels);
	}

	@Test
	void aPhoneVoiceNoteInAmrIsConverted() throws IOException {
		String encoder = Clips.hasEncoder("libopencore_amrnb") ? "libopencore_amrnb" : "amr_nb";
		assumeTrue(Clips.hasEncoder(encoder),
				"this ffmpeg has no AMR-NB encoder (libopencore_amrnb), so no AMR voice note can be made to test with");
		Path note = Clips.tone(originals, "note.amr", 1, "-ar", "8000", "-c:a", encoder, "-b:a", "12.2k");

		Processed processed = processor.process(source(note, "audio/amr", work));

		assertThat(processed.codecs()).isEqualTo("amr_nb");
		assertVoice(processed.renditions().get(0).file(), 1);
	}

	@Test
	void aVideoWithoutSoundIsNoRecording() throws IOException {
		Path silent = Clips.silentVideo(originals, "silent.mp4", "160x90");

		assertThatThrownBy(() -> processor.process(source(silent, "audio/mp4", work)))
			.isInstanceOfSatisfying(ProcessingFailed.class,
					failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.noAudioStream"));
	}

	@Test
	void aFileThatIsNoMp3IsUnreadable() throws IOException {
		Path garbage = Files.writeString(originals.resolve("garbage.mp3"), "ID3 but then nothing that sounds");

		assertThatThrownBy(() -> processor.process(source(garbage, "audio/mpeg", work)))
			.isInstanceOfSatisfying(ProcessingFailed.class,
					failed -> assertThat(failed.messageKey()).isEqualTo("media.processing.unreadable"));
	}

	@Test
	void takesTheAudioTypesRecordersAndPhonesMake() {
		assertThat(List.of("audio/mpeg", "audio/mp4", "audio/aac", "audio/ogg", "audio/wav", "audio/amr"))
			.allMatch(processor::handles);
		assertThat(processor.handles("video/mp4")).isFalse();
	}

	void assertVoice(Path voice, int channels) throws IOException {
		ProbedMedia played = Clips.probe(voice, "audio/mp4", work);
		assertThat(played.codecs()).isEqualTo("aac");
		assertThat(played.durationMillis()).isCloseTo(3000L, within(150L));
		assertThat(played.sound()).hasValueSatisfying(sound -> assertThat(sound.channels()).isEqualTo(channels));
		assertThat(Integer.parseInt(Clips.streamEntry(voice, "a:0", "bit_rate"))).isBetween(40_000, 110_000);
		List<String> boxes = Clips.topLevelBoxes(voice);
		assertThat(boxes.indexOf("moov")).isNotNegative().isLessThan(boxes.indexOf("mdat"));
		assertThat(Clips.formatTags(voice)).doesNotContain("Wawancara");
	}
}
