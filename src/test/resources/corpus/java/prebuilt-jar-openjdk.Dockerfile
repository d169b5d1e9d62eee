FROM openjdk:17
COPY target/payments.jar /app/payments.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/payments.jar"]
