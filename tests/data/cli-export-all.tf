# Default-image overrides of Harness account fixtureAccount, exported 2026-01-02T03:04:05Z by harness-ci-images.
# One harness_platform_default_images resource per override.

resource "harness_platform_default_images" "ci_k8_gitCloneTag" {
  kind       = "ci"
  infra_type = "K8"
  field      = "gitCloneTag"
  value      = "mirror.example.com/harness/drone-git:1.6.9-rootless"
}

resource "harness_platform_default_images" "ci_k8_liteEngineTag" {
  kind       = "ci"
  infra_type = "K8"
  field      = "liteEngineTag"
  value      = "harness/ci-lite-engine:1.16.80"
}

resource "harness_platform_default_images" "iacm_vm_iacmTerraform" {
  kind       = "iacm"
  infra_type = "VM"
  field      = "iacmTerraform"
  value      = "acme/tf:1"
}
