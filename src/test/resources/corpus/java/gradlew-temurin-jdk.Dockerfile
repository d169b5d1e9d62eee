FROM eclipse-temurin:17-jdk
WORKDIR /app
COPY gradlew .
COPY gradle gradle
COPY build.gradle settings.gradle ./
COPY src src
RUN ./gradlew bootJar --no-daemon
CMD ["java", "-jar", "build/libs/app.jar"]
