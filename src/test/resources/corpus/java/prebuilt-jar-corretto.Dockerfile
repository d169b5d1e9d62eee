FROM amazoncorretto:17
WORKDIR /opt/app
COPY target/reporting-1.4.jar reporting.jar
CMD ["java", "-Xmx512m", "-jar", "reporting.jar"]
