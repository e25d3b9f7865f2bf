# One image recipe for every deployable: the jar that ./mvnw -B -DskipTests install builds, on a Java 21 JRE.
#   ./mvnw -B -DskipTests install && docker compose build
#   docker build --build-arg MODULE=planning-service --build-arg PORT=8081 -t zi/planning-service .
FROM eclipse-temurin:21-jre
ARG MODULE
ARG PORT=8080

# a numeric user, so that Kubernetes' runAsNonRoot can verify it
RUN groupadd --system --gid 10001 zi && useradd --system --uid 10001 --gid zi --home-dir /app --shell /usr/sbin/nologin zi
WORKDIR /app
COPY ${MODULE}/target/${MODULE}.jar /app/app.jar
USER 10001

# the container's memory limit sizes the heap; an OOM restarts the container instead of limping on
ENV ZI_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}

# the JRE image has bash but no curl: ask /actuator/health over bash's /dev/tcp
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/$ZI_PORT && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
