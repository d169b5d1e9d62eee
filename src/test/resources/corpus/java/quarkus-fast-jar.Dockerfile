FROM maven:3.9-eclipse-temurin-21
WORKDIR /code
COPY pom.xml .
COPY src src
RUN mvn -B package -DskipTests
EXPOSE 8080
CMD ["java", "-jar", "target/quarkus-app/quarkus-run.jar"]
