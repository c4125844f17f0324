// The API docs page: Swagger UI (vendored) on the app's own OpenAPI document; nothing loaded from elsewhere.
window.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null, deepLinking: true });
});
