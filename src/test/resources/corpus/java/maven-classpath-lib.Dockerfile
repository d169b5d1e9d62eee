FROM maven:3.9-eclipse-temurin-17
WORKDIR /opt/etl
COPY pom.xml .
COPY src ./src
RUN mvn -B package dependency:copy-dependencies -DoutputDirectory=target/lib
ENV JAVA_OPTS="-Xms256m"
CMD ["sh", "-c", "java $JAVA_OPTS -cp 'target/etl.jar:target/lib/*' com.example.etl.Main"]
