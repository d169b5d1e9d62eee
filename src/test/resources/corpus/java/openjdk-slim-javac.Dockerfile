FROM openjdk:11-jdk-slim
WORKDIR /src
COPY Main.java .
RUN javac Main.java
CMD ["java", "Main"]
