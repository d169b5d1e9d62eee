FROM maven:latest
WORKDIR /build
COPY pom.xml .
COPY src src
RUN mvn package
ENTRYPOINT ["java", "-jar", "/build/target/cli.jar"]
