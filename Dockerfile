# One image for the three processes of docker-compose.yml: the API (the default command),
# the projector and the relay (their own commands there). Built once, run against
# DATABASE_URL (and EventStoreDB and Kafka when configured).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
