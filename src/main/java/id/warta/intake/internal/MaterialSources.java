package id.warta.intake.internal;

import java.util.Optional;

import id.warta.newsroom.SourceMaterials;
import org.springframework.stereotype.Component;

/** Material as the newsroom composes from it and shows it to screeners. */
@Component
class MaterialSources implements SourceMaterials {

	private final MaterialIntake intake;

	MaterialSources(MaterialIntake intake) {
		this.intake = intake;
	}

	@Override
	public Optional<SourceMaterial> find(long id) {
		return intake.find(id)
			.map(m -> new SourceMaterial(m.id(), m.trackingNumber(), m.title(), m.description(), m.divisionId(),
					m.senderName(), m.files().stream().map(f -> new SourceFile(f.mediaId(), f.caption())).toList()));
	}
}
