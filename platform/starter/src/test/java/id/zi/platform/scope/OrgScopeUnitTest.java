package id.zi.platform.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OrgScopeUnitTest {

    private final OrgScope jateng = new OrgScope("/id/33");

    @Test
    void containsItsRootAndEverythingBelowOnWholeSegments() {
        assertThat(jateng.contains("/id/33")).isTrue();
        assertThat(jateng.contains("/id/33/33.71/33.71.dpmptsp")).isTrue();
        assertThat(jateng.contains("/id/331")).as("a sibling sharing a prefix").isFalse();
        assertThat(jateng.contains("/id")).isFalse();
        assertThat(jateng.contains("/id/15/15.dpmptsp")).isFalse();
        assertThat(jateng.contains((String) null)).isFalse();
        assertThat(OrgScope.NATIONAL.contains(jateng)).isTrue();
    }

    @Test
    void itsStorePatternAgreesWithContains() {
        Pattern pattern = Pattern.compile(new OrgScope("/id/33.71").pathPattern());
        assertThat(pattern.matcher("/id/33.71/x").find()).isTrue();
        assertThat(pattern.matcher("/id/33.71").find()).isTrue();
        assertThat(pattern.matcher("/id/33x71/x").find()).as("the dot is literal").isFalse();
        assertThat(pattern.matcher("/id/33.715").find()).isFalse();
    }

    @Test
    void rejectsMalformedPaths() {
        assertThatThrownBy(() -> new OrgScope("id/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrgScope("/id/33/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrgScope("/id//33")).isInstanceOf(IllegalArgumentException.class);
        assertThat(jateng.rootId()).isEqualTo("33");
    }
}
