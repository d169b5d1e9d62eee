ARG JDK_IMAGE=eclipse-temurin:17-jdk
FROM ${JDK_IMAGE}
WORKDIR /app
COPY build/libs/batch.jar batch.jar
CMD ["java", "-jar", "batch.jar"]
