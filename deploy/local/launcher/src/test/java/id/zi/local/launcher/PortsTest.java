package id.zi.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void defaultsAreTheConventionPorts() {
        Ports ports = Ports.defaults();

        assertThat(List.of(ports.gateway(), ports.planning(), ports.evidence(), ports.monitoring(), ports.survey(),
                ports.portal())).containsExactly(8080, 8081, 8082, 8083, 8084, 8085);
        assertThat(List.of(ports.keycloak(), ports.keycloakManagement(), ports.kafka(), ports.kafkaController(),
                ports.mongo(), ports.s3())).containsExactly(8180, 9180, 9092, 9093, 27017, 9000);
    }

    @Test
    void freePortsAreDistinctAndBindable() {
        Ports ports = Ports.free();
        List<Integer> all = List.of(ports.gateway(), ports.planning(), ports.evidence(), ports.monitoring(),
                ports.survey(), ports.portal(), ports.keycloak(), ports.keycloakManagement(), ports.kafka(),
                ports.kafkaController(), ports.mongo(), ports.s3());

        assertThat(all).doesNotHaveDuplicates().allSatisfy(port -> assertThat(Probes.bindable(port)).isTrue());
    }

    @Test
    void offsetShiftsEveryPort() {
        Ports shifted = Ports.defaults().offset(10000);

        assertThat(shifted.gateway()).isEqualTo(18080);
        assertThat(shifted.mongo()).isEqualTo(37017);
        assertThat(shifted.kafkaController()).isEqualTo(19093);
    }

    @Test
    void survivesAPropertiesRoundTrip() {
        Ports ports = Ports.free();

        assertThat(Ports.fromProperties(ports.toProperties())).isEqualTo(ports);
    }

    @Test
    void rejectsPortsOutsideTheTcpRange() {
        assertThatThrownBy(() -> Ports.defaults().offset(60000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("68080");
    }
}
