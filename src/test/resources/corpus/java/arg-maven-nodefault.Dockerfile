ARG MAVEN_IMAGE
FROM $MAVEN_IMAGE
WORKDIR /app
COPY . .
RUN mvn -B package -DskipTests
CMD ["java", "-jar", "target/gateway.jar"]
