package id.zi.monitoring.survey;

/** Told when a unit's published SPAK/SPKP results of a year changed, so what was scored from them is scored again. */
@FunctionalInterface
public interface SurveyIndicesListener {

    void changed(String unitId, int year);
}
