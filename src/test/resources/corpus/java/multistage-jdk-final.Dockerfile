FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY src ./src
RUN mvn -B package -DskipTests

FROM eclipse-temurin:17-jdk
COPY --from=build /build/target/api.jar /opt/api.jar
CMD ["java", "-jar", "/opt/api.jar"]
