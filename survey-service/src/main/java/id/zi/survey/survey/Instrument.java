package id.zi.survey.survey;

import id.zi.survey.index.PerceptionInstrument;
import org.jspecify.annotations.Nullable;

/** The three surveys a unit runs: the SKM of PermenPANRB 14/2017 and the two perception surveys of SE MenPANRB 04/2023. */
public enum Instrument {

    SKM("Survei Kepuasan Masyarakat", "IKM", null),
    SPAK("Survei Persepsi Anti Korupsi", "IPAK", PerceptionInstrument.SPAK),
    SPKP("Survei Persepsi Kualitas Pelayanan", "IPKP", PerceptionInstrument.SPKP);

    private final String title;
    private final String indexName;
    private final @Nullable PerceptionInstrument perception;

    Instrument(String title, String indexName, @Nullable PerceptionInstrument perception) {
        this.title = title;
        this.indexName = indexName;
        this.perception = perception;
    }

    /** The survey's name as respondents and reports read it. */
    public String title() {
        return title;
    }

    /** The index it produces: IKM, IPAK or IPKP. */
    public String indexName() {
        return indexName;
    }

    public boolean isSkm() {
        return this == SKM;
    }

    /** The statements of SPAK or SPKP; fails for the SKM, whose elements a unit may adapt. */
    public PerceptionInstrument perception() {
        if (perception == null) {
            throw new IllegalStateException("the SKM is not a perception survey");
        }
        return perception;
    }
}
