# Default-image overrides of Harness account fixtureAccount second line, exported 2026-01-02T03:04:05Z by harness-ci-images.
# One harness_platform_default_images resource per override.

resource "harness_platform_default_images" "ci_k8_addonTag" {
  kind       = "ci"
  infra_type = "K8"
  field      = "addonTag"
  value      = "harness/ci-addon:1.16.80"
}

resource "harness_platform_default_images" "ci_k8_gitCloneTag" {
  kind       = "ci"
  infra_type = "K8"
  field      = "gitCloneTag"
  value      = "mirror.example.com:5000/harness/drone-git:1.7.0"
}

resource "harness_platform_default_images" "iacm_vm_odd_field" {
  kind       = "iacm"
  infra_type = "VM"
  field      = "odd.field"
  value      = "acme/tf:$${var.tag}"
}

resource "harness_platform_default_images" "iacm_vm_odd_field_2" {
  kind       = "iacm"
  infra_type = "VM"
  field      = "odd_field"
  value      = "acme/tf:%%{if x}\"quoted\"\\back\ttab"
}

resource "harness_platform_default_images" "idp_k8_cookieCutter" {
  kind       = "idp"
  infra_type = "K8"
  field      = "cookieCutter"
  value      = "acme/cc:2"
}
