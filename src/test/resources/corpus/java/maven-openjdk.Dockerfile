FROM maven:3.8-openjdk-17
WORKDIR /usr/src/app
COPY . .
RUN mvn clean package -DskipTests
CMD ["java", "-jar", "target/orders-0.0.1-SNAPSHOT.jar"]
