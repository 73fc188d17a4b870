package id.warta.sop.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.warta.sop.SopStep;

/** How a step fared in a period: the clocks that ended in it, and how many of them met the standard. */
public record StepCompliance(SopStep step, long ended, long met) {

	public long breached() {
		return ended - met;
	}

	/** Percentage met with one decimal; null when no clock ended, since 0 % would accuse nobody's work. */
	public BigDecimal percentMet() {
		if (ended == 0) {
			return null;
		}
		return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(ended), 1, RoundingMode.HALF_UP);
	}

	StepCompliance plus(StepCompliance other) {
		return new StepCompliance(step, ended + other.ended, met + other.met);
	}
}
